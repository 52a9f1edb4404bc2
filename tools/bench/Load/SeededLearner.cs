namespace AdaptiveLearning.Bench.Load;

/// <summary>What the wrk scripts need of one learner: a line of its token file.</summary>
internal sealed record SeededLearner(string Token, Guid LearnSession, Guid PracticeSession)
{
    public string ToLine() => $"{Token} {LearnSession} {PracticeSession}";
}
