namespace AdaptiveLearning.Domain.ItemAnalysis;

/// <summary>Answers whose response time fell in one <see cref="ResponseTimes"/> bucket.</summary>
public sealed record TimeBucketCount(int Bucket, long Answers);
