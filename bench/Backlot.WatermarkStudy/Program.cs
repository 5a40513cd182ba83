using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text;
using Backlot.Imaging;
using Backlot.Provenance.Watermark;
using Backlot.WatermarkStudy;

// Measures the watermark against the issue's acceptance numbers and prints a markdown table.
// dotnet run -c Release --project bench/Backlot.WatermarkStudy -- --images 200 --unmarked 10000 [--size 512] [--cache DIR] [--strength 1.8]
var options = Options.Parse(args);
var key = WatermarkKey.FromSecret(Encoding.UTF8.GetBytes("backlot watermark study key, not a real studio secret"));
if (args.Contains("--time"))
{
    var frame = SyntheticScenes.Render(1, 1920, 1080);
    var marked1080 = WatermarkEmbedder.Embed(frame, 42, key);
    var embedTimes = new List<double>();
    var detectTimes = new List<double>();
    for (var r = 0; r < 15; r++)
    {
        var sw = Stopwatch.StartNew();
        WatermarkEmbedder.Embed(frame, 42, key);
        embedTimes.Add(sw.Elapsed.TotalMilliseconds);
        sw.Restart();
        WatermarkDetector.Detect(marked1080, key);
        detectTimes.Add(sw.Elapsed.TotalMilliseconds);
    }

    var lumaTimes = new List<double>();
    var foldTimes = new List<double>();
    for (var r = 0; r < 15; r++)
    {
        var sw = Stopwatch.StartNew();
        var l = Backlot.Provenance.Watermark.PerceptualMask.Luma(frame.Pixels, frame.Width * frame.Height);
        lumaTimes.Add(sw.Elapsed.TotalMilliseconds);
        sw.Restart();
        Backlot.Provenance.Watermark.ResidualFold.Fold(l, frame.Width, frame.Height);
        foldTimes.Add(sw.Elapsed.TotalMilliseconds);
    }

    var maskTimes = new List<double>();
    var shapeTimes = new List<double>();
    var l2 = Backlot.Provenance.Watermark.PerceptualMask.Luma(frame.Pixels, frame.Width * frame.Height);
    var hostRe = Backlot.Provenance.Watermark.ResidualFold.Fold(l2, frame.Width, frame.Height);
    var hostIm = new double[hostRe.Length];
    key.Pattern.Fft.Transform(hostRe, hostIm, inverse: false);
    var coded = Backlot.Provenance.Watermark.ConvolutionalCode.Encode(key.Pattern.Message(42));
    for (var r = 0; r < 15; r++)
    {
        var sw = Stopwatch.StartNew();
        Backlot.Provenance.Watermark.PerceptualMask.BlockStrength(l2, frame.Width, frame.Height, out _, out _);
        maskTimes.Add(sw.Elapsed.TotalMilliseconds);
        sw.Restart();
        Backlot.Provenance.Watermark.InformedEmbedding.Shape(key.Pattern, coded, hostRe, hostIm, 50);
        shapeTimes.Add(sw.Elapsed.TotalMilliseconds);
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"luma {lumaTimes.Order().ElementAt(7):F1} ms, fold {foldTimes.Order().ElementAt(7):F1} ms, mask {maskTimes.Order().ElementAt(7):F1} ms, informed {shapeTimes.Order().ElementAt(7):F1} ms"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"1080p embed median {embedTimes.Order().ElementAt(7):F1} ms, detect median {detectTimes.Order().ElementAt(7):F1} ms"));
    return;
}

var photos = PhotoSources.Load(options.Cache);
Console.Error.WriteLine($"{photos.Images.Count} photographs loaded from {options.Cache}");

var attacks = Attacks.All.Where(a => options.Only is null || a.Name.Contains(options.Only, StringComparison.OrdinalIgnoreCase) || a.Name == "none").ToArray();
var stats = attacks.Select(_ => new AttackStats()).ToArray();
var psnr = new Dictionary<string, List<double>> { ["photo"] = [], ["synthetic"] = [] };
var payloads = new Random(2024);
var clock = Stopwatch.StartNew();
for (var i = 0; i < options.Images; i++)
{
    var photo = i % 2 == 0;
    var category = photo ? "photo" : "synthetic";
    var original = photo
        ? photos.Tile(i / 2, options.Size, new Random(i), allowFlip: true)
        : SyntheticScenes.Render(i / 2, options.Size, options.Size);
    var payload = (ulong)payloads.NextInt64() ^ ((ulong)payloads.Next() << 63);
    var marked = WatermarkEmbedder.Embed(original, payload, key, options.Strength);
    psnr[category].Add(Psnr(original, marked));
    for (var a = 0; a < attacks.Length; a++)
    {
        var attacked = attacks[a].Apply(marked, i);
        var result = WatermarkDetector.Detect(attacked, key);
        stats[a].Add(category, result, payload);
        if (!(result.Found && result.Payload == payload))
        {
            var source = photo ? photos.Images[(i / 2) % photos.Images.Count].Name : $"render {i / 2}";
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  missed: image {i} ({source}, {original.Width}×{original.Height}) after '{attacks[a].Name}': sync {result.SyncScore:F1}, coded BER {result.BitErrorRate:F3}, {result.Reason}"));
        }
    }

    if ((i + 1) % 20 == 0)
        Console.Error.WriteLine($"{i + 1}/{options.Images} marked images, {clock.Elapsed.TotalSeconds:F0} s");
}

var falsePositives = 0;
var syncAbove = 0;
var maxSync = 0.0;
for (var i = 0; i < options.Unmarked; i++)
{
    var rng = new Random(1_000_000 + i);
    var image = i % 4 == 3
        ? SyntheticScenes.Render(100_000 + i, options.Size, options.Size)
        : photos.Tile(rng.Next(), options.Size, rng, allowFlip: true);
    var result = WatermarkDetector.Detect(image, key);
    if (result.Found)
        falsePositives++;
    if (result.SyncScore >= WatermarkDetector.SyncThreshold)
        syncAbove++;
    maxSync = Math.Max(maxSync, result.SyncScore);
    if ((i + 1) % 1000 == 0)
        Console.Error.WriteLine($"{i + 1}/{options.Unmarked} unmarked images, {clock.Elapsed.TotalSeconds:F0} s");
}

var inv = CultureInfo.InvariantCulture;
var all = psnr["photo"].Concat(psnr["synthetic"]).ToList();
Console.WriteLine(string.Create(inv, $"Watermark study: {options.Images} marked images ({psnr["photo"].Count} photo crops from {photos.Images.Count} photographs, {psnr["synthetic"].Count} synthetic renders), {options.Size}×{options.Size} or smaller, strength {options.Strength}; {options.Unmarked} unmarked images."));
Console.WriteLine();
Console.WriteLine("| PSNR (dB) | mean | min |");
Console.WriteLine("|---|---|---|");
Console.WriteLine(string.Create(inv, $"| all | {all.Average():F2} | {all.Min():F2} |"));
Console.WriteLine(string.Create(inv, $"| photographs | {psnr["photo"].Average():F2} | {psnr["photo"].Min():F2} |"));
Console.WriteLine(string.Create(inv, $"| synthetic renders | {psnr["synthetic"].Average():F2} | {psnr["synthetic"].Min():F2} |"));
Console.WriteLine();
Console.WriteLine("| attack | bit accuracy mean | bit accuracy min | payload recovered | recovered (photo) | recovered (synthetic) | sync z mean | coded BER mean |");
Console.WriteLine("|---|---|---|---|---|---|---|---|");
for (var a = 0; a < attacks.Length; a++)
    Console.WriteLine(stats[a].Row(attacks[a].Name));
Console.WriteLine();
Console.WriteLine(string.Create(inv, $"Unmarked images: {falsePositives} of {options.Unmarked} reported a payload (false positives); {syncAbove} had a sync peak ≥ {WatermarkDetector.SyncThreshold} (union bound allows ≤ {16384 * 3.3977e-6:P1} of images); highest sync peak {maxSync:F2}."));
Console.Error.WriteLine($"done in {clock.Elapsed.TotalSeconds:F0} s");

static double Psnr(RgbaImage a, RgbaImage b)
{
    double sum = 0;
    long n = 0;
    for (var i = 0; i < a.Pixels.Length; i += 4)
    {
        for (var c = 0; c < 3; c++)
        {
            var d = a.Pixels[i + c] - b.Pixels[i + c];
            sum += d * d;
        }

        n += 3;
    }

    return sum == 0 ? 99 : 10 * Math.Log10(255.0 * 255.0 / (sum / n));
}

internal sealed class AttackStats
{
    private readonly List<double> _accuracy = [];
    private readonly List<double> _sync = [];
    private readonly List<double> _ber = [];
    private readonly Dictionary<string, (int Ok, int Total)> _recovered = new() { ["photo"] = (0, 0), ["synthetic"] = (0, 0) };

    public void Add(string category, WatermarkDetection result, ulong payload)
    {
        var bits = result.Found ? result.Payload!.Value : result.CandidatePayload;
        _accuracy.Add(1 - (BitOperations.PopCount(bits ^ payload) / 64.0));
        _sync.Add(result.SyncScore);
        _ber.Add(result.BitErrorRate);
        var (ok, total) = _recovered[category];
        _recovered[category] = (ok + (result.Found && result.Payload == payload ? 1 : 0), total + 1);
    }

    public string Row(string name)
    {
        var ok = _recovered.Values.Sum(v => v.Ok);
        var total = _recovered.Values.Sum(v => v.Total);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {_accuracy.Average():F4} | {_accuracy.Min():F4} | {ok}/{total} ({(double)ok / total:P1}) | {Rate("photo")} | {Rate("synthetic")} | {_sync.Average():F1} | {_ber.Average():F3} |");
    }

    private string Rate(string category)
    {
        var (ok, total) = _recovered[category];
        return total == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{(double)ok / total:P1}");
    }
}

internal sealed record Options(int Images, int Unmarked, int Size, string Cache, double Strength, string? Only)
{
    public static Options Parse(string[] args)
    {
        var o = new Options(200, 10_000, 512, DefaultCache(), WatermarkEmbedder.DefaultStrength, null);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--time")
            {
                i--;
                continue;
            }

            var v = args[i + 1];
            o = args[i] switch
            {
                "--images" => o with { Images = int.Parse(v, CultureInfo.InvariantCulture) },
                "--unmarked" => o with { Unmarked = int.Parse(v, CultureInfo.InvariantCulture) },
                "--size" => o with { Size = int.Parse(v, CultureInfo.InvariantCulture) },
                "--cache" => o with { Cache = v },
                "--strength" => o with { Strength = double.Parse(v, CultureInfo.InvariantCulture) },
                "--only" => o with { Only = v },
                _ => throw new ArgumentException($"unknown option {args[i]}; use --images N --unmarked M --size S --cache DIR --strength X --only ATTACK"),
            };
        }

        return o;
    }

    private static string DefaultCache() =>
        Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } x ? x : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "backlot", "watermark-study");
}
