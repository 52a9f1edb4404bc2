namespace AdaptiveLearning.Infrastructure.Observability;

/// <summary>The wsrep status figures of the node this instance is connected to.</summary>
internal sealed record GaleraStatus(long CertificationFailures, long BruteForceAborts, long ClusterSize, bool Ready);
