using Backlot.Data.Blobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Backlot.Data.Tests;

public sealed class DataServiceCollectionExtensionsTests
{
    [Fact]
    public void AddBacklotData_RegistersSettingsContextFactoryAndBlobStore()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"backlot-di-{Guid.NewGuid():N}");
        try
        {
            var settings = DatabaseSettings.Resolve(folder, null);
            using var provider = new ServiceCollection().AddBacklotData(settings, Path.Combine(folder, "blobs")).BuildServiceProvider();

            Assert.Same(settings, provider.GetRequiredService<DatabaseSettings>());
            using var db = provider.GetRequiredService<IDbContextFactory<BacklotDbContext>>().CreateDbContext();
            Assert.IsType<SqliteBacklotDbContext>(db);
            Assert.IsType<FileSystemBlobStore>(provider.GetRequiredService<IBlobStore>());
            Assert.Same(provider.GetRequiredService<IBlobStore>(), provider.GetRequiredService<IBlobStore>());
        }
        finally
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }
}
