using Backlot.Server.Auth;
using Backlot.Studio;
using Backlot.Studio.Auth;
using Backlot.Studio.Jobs;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Backlot.Server.Components;

/// <summary>
/// A page that stays current: it reloads when a take changes in this process (events) and, while work is
/// under way anywhere (a worker on another machine), every second from the database.
/// </summary>
public abstract class LivePage : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task? _polling;

    [Inject]
    private TakeEvents Events { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    protected AccessScope Scope { get; private set; } = new("anonymous", false, []);

    /// <summary>What went wrong loading the page, for the user.</summary>
    protected string? Problem { get; set; }

    /// <summary>True while something on the page is queued or running.</summary>
    protected abstract bool Busy { get; }

    protected abstract Task LoadAsync(CancellationToken cancellationToken);

    protected override async Task OnParametersSetAsync()
    {
        Scope = (await Authentication).User.ToScope();
        await SafeLoadAsync();
    }

    protected override void OnInitialized()
    {
        Events.Changed += OnTakeChanged;
        _polling = PollAsync(_stop.Token);
    }

    protected async Task SafeLoadAsync()
    {
        try
        {
            await LoadAsync(_stop.Token);
            Problem = null;
        }
        catch (StudioException e)
        {
            Problem = e.Message;
        }
    }

    private void OnTakeChanged(TakeEvent e) => _ = InvokeAsync(async () =>
    {
        await SafeLoadAsync();
        StateHasChanged();
    });

    private async Task PollAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                if (!Busy)
                    continue;
                await InvokeAsync(async () =>
                {
                    await SafeLoadAsync();
                    StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
            // the page closed
        }
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
            return;
        Events.Changed -= OnTakeChanged;
        _stop.Cancel();
        _stop.Dispose();
    }
}
