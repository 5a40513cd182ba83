namespace Backlot.Provenance;

/// <summary>A provenance operation (signing, reading a manifest, verifying the audit log) failed; the message names what and where.</summary>
public sealed class ProvenanceException : Exception
{
    public ProvenanceException(string message) : base(message) { }

    public ProvenanceException(string message, Exception inner) : base(message, inner) { }

    public ProvenanceException() { }
}
