namespace AdaptiveLearning.Application.Imports;

public enum ImportCancellation
{
    /// <summary>It was queued and will never run.</summary>
    Cancelled,
    /// <summary>It is running; its worker stops it at its next batch.</summary>
    Requested,
    /// <summary>It had already finished.</summary>
    AlreadyFinished,
}
