namespace AdaptiveLearning.Infrastructure.Jobs;

/// <summary>What the heartbeat learned while a handler ran; either one cancels the handler's token.</summary>
internal sealed class JobRunSignals(CancellationToken stopping) : IDisposable
{
    private readonly CancellationTokenSource _run = CancellationTokenSource.CreateLinkedTokenSource(stopping);

    public CancellationToken Token => _run.Token;
    public bool CancelRequested { get; private set; }
    public bool LeaseLost { get; private set; }

    public void RequestCancel()
    {
        CancelRequested = true;
        _run.Cancel();
    }

    public void LoseLease()
    {
        LeaseLost = true;
        _run.Cancel();
    }

    public void Dispose() => _run.Dispose();
}
