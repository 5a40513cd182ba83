namespace Backlot.Studio.Signing;

/// <summary>
/// Frames signed recently, so a frame served again (a thumbnail, a second download) is not signed again: at most
/// <see cref="MaxEntries"/> entries and <see cref="MaxBytes"/> bytes, least recently used out first.
/// </summary>
public sealed class SignedFrameCache
{
    public const int MaxEntries = 512;
    public const long MaxBytes = 256L * 1024 * 1024;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, SignedFrame Frame)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, SignedFrame Frame)> _order = new();
    private long _bytes;

    public SignedFrame? Get(string key)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var node))
                return null;
            _order.Remove(node);
            _order.AddFirst(node);
            return node.Value.Frame;
        }
    }

    public SignedFrame Add(string key, SignedFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var existing))
                return existing.Value.Frame;
            if (frame.Content.Length > MaxBytes)
                return frame;
            _entries[key] = _order.AddFirst((key, frame));
            _bytes += frame.Content.Length;
            while (_entries.Count > MaxEntries || _bytes > MaxBytes)
            {
                var last = _order.Last!;
                _order.RemoveLast();
                _entries.Remove(last.Value.Key);
                _bytes -= last.Value.Frame.Content.Length;
            }

            return frame;
        }
    }
}
