namespace AdaptiveLearning.Application.Adaptive;

/// <param name="Attempts">Attempts stored after a given one and not undone, oldest first.</param>
public sealed record NewEvidence(IReadOnlyList<EvidenceAttempt> Attempts, EvidenceStamp Stamp);
