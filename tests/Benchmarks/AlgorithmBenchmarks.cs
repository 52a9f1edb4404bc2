using AdaptiveLearning.Domain.Adaptive;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Goals;
using AdaptiveLearning.Domain.Scheduling;
using BenchmarkDotNet.Attributes;

namespace AdaptiveLearning.Benchmarks;

/// <summary>
/// Per-answer and per-candidate costs of the learning algorithms. The baseline (a dictionary
/// lookup) is the machine's own yardstick, so ratios compare across runs and machines.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class AlgorithmBenchmarks
{
    private readonly FsrsScheduler _fsrs = new(SchedulerSettings.Default);
    private readonly Sm2Scheduler _sm2 = new(SchedulerSettings.Default);
    private readonly LearnerCalendar _calendar = new(TimeZoneInfo.Utc, 4);
    private readonly Dictionary<int, int> _lookup = Enumerable.Range(0, 1024).ToDictionary(i => i);
    private MemoryState _reviewed = MemoryState.New;
    private readonly DateTimeOffset _now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private readonly CandidateSignals _signals = new(0.85, 0.9, 0.4, 0.7, 3, 120);
    private readonly TargetRecallPolicy _target = new(FsrsParameters.Default, new LearnerCalendar(TimeZoneInfo.Utc, 4), StudyCosts.Default);

    [GlobalSetup]
    public void Setup()
    {
        var state = MemoryState.New;
        var at = _now.AddDays(-60);
        foreach (var rating in new[] { Rating.Good, Rating.Good, Rating.Hard, Rating.Good })
        {
            state = _fsrs.Review(state, rating, at, _calendar);
            at = state.Due ?? at.AddDays(1);
        }
        _reviewed = state;
    }

    [Benchmark(Baseline = true)]
    public int DictionaryLookup() => _lookup[512];

    [Benchmark]
    public MemoryState FsrsReview() => _fsrs.Review(_reviewed, Rating.Good, _now, _calendar);

    [Benchmark]
    public MemoryState Sm2Review() => _sm2.Review(_reviewed, Rating.Good, _now, _calendar);

    [Benchmark]
    public double FsrsRetrievability() => _fsrs.Retrievability(_reviewed, _now, _calendar);

    [Benchmark]
    public NextQuestionScore ScoreCandidate() => NextQuestionScorer.Score(_signals, ScoreWeights.Default);

    /// <summary>A goal session values every candidate the schedule allows (up to a few hundred) on each request.</summary>
    [Benchmark]
    public double TargetRecallValue() => _target.Value(new TargetRecallCandidate(1, _reviewed, 0.6), _now, _now.AddDays(30)).PerSecond;
}
