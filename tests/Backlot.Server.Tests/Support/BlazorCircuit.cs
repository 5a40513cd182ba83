using System.Text;
using Microsoft.Playwright;

namespace Backlot.Server.Tests.Support;

/// <summary>
/// Watches a page's Blazor Server circuit. A link clicked after a full page load but before the circuit has
/// taken over navigation can change the URL without changing the page, so a test waits for the hand-over:
/// the server asks the browser to enable navigation interception and the browser answers.
/// </summary>
internal sealed class BlazorCircuit
{
    private readonly TaskCompletionSource _interactive = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _interceptionAsked;

    private BlazorCircuit(IPage page) => page.WebSocket += (_, socket) =>
    {
        if (!socket.Url.Contains("/_blazor", StringComparison.Ordinal))
            return;
        socket.FrameReceived += (_, frame) =>
        {
            if (Payload(frame).Contains("enableNavigationInterception", StringComparison.Ordinal))
                _interceptionAsked = true;
        };
        socket.FrameSent += (_, frame) =>
        {
            if (_interceptionAsked && Payload(frame).Contains("EndInvokeJSFromDotNet", StringComparison.Ordinal))
                _interactive.TrySetResult();
        };
    };

    /// <summary>Starts watching; call before the page loads.</summary>
    public static BlazorCircuit Watch(IPage page) => new(page);

    public async Task WaitUntilInteractiveAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        try
        {
            await _interactive.Task.WaitAsync(limit, cancellationToken);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"the studio's Blazor circuit did not take over navigation within {limit.TotalSeconds:0} s", e);
        }
    }

    // blazorpack frames are MessagePack: method names appear as plain ASCII inside them.
    private static string Payload(IWebSocketFrame frame) =>
        frame.Binary is { } bytes ? Encoding.Latin1.GetString(bytes) : frame.Text ?? "";
}
