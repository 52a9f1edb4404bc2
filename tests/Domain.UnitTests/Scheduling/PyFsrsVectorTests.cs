using System.Text.Json;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Scheduling;
using AdaptiveLearning.Domain.UnitTests.Scheduling.Reference;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Scheduling;

/// <summary>The 21 cases of py-fsrs's own test suite, compared with py-fsrs's state after every review.</summary>
public sealed class PyFsrsVectorTests
{
    private const double Tolerance = 2e-6;

    public static IEnumerable<TestCaseData> Vectors()
    {
        if (!SharedReference.IsAvailable)
        {
            yield return new TestCaseData(-1).SetName("PyFsrsVectorsNeedSharedReference");
            yield break;
        }

        var path = SharedReference.RequireFile("reference", "fsrs", PyFsrsVector.FileName);
        foreach (var vector in PyFsrsVector.LoadAll(path))
        {
            yield return new TestCaseData(vector.Index).SetName($"PyFsrsVector{vector.Index:00}: {vector.Description}");
        }
    }

    [TestCaseSource(nameof(Vectors))]
    public void MatchesPyFsrsAfterEveryReview(int index)
    {
        var vector = PyFsrsVector.LoadAll(SharedReference.RequireFile("reference", "fsrs", PyFsrsVector.FileName))[index];

        if (vector.Expected.TryGetProperty("invalid_overrides", out var overrides))
        {
            AssertParameterValidation(overrides, vector.Expected.GetProperty("invalid_lengths"));
        }
        else if (vector.Expected.TryGetProperty("retrievability", out var retrievability))
        {
            var scheduler = new FsrsScheduler(SchedulerSettings.Default);
            Assert.That(scheduler.Retrievability(MemoryState.New, DateTimeOffset.UnixEpoch, LearnerCalendar.Utc), Is.EqualTo(retrievability.GetDouble()));
        }
        else if (vector.Expected.TryGetProperty("min_stability", out var minimum))
        {
            AssertStabilityNeverFallsBelow(minimum.GetDouble());
        }
        else if (vector.Expected.TryGetProperty("seed_42_interval_days", out _))
        {
            AssertFuzzedIntervalsStayInRange(vector);
        }
        else
        {
            AssertReplayMatches(vector);
        }
    }

    private static void AssertReplayMatches(PyFsrsVector vector)
    {
        var settings = SettingsFor(vector);
        var unfuzzed = new FsrsScheduler(settings with { EnableFuzz = false });
        var card = MemoryState.New;
        for (var i = 0; i < vector.Reviews.Count; i++)
        {
            var (rating, at) = vector.Reviews[i];
            card = unfuzzed.Review(card, rating, at!.Value, LearnerCalendar.Utc);
            var expected = vector.PyFsrsExact[i];
            var where = $"review {i + 1} ({rating})";

            Assert.That(card.State.ToString(), Is.EqualTo(expected.GetProperty("state").GetString()), where);
            Assert.That(card.Step, Is.EqualTo(expected.GetProperty("step").ValueKind == JsonValueKind.Null ? null : expected.GetProperty("step").GetInt32()), where);
            if (expected.TryGetProperty("stability", out var stability))
            {
                Assert.That(card.Stability, Is.EqualTo(stability.GetDouble()).Within(Tolerance).Or.EqualTo(stability.GetDouble()).Within(1e-6).Percent, where);
                Assert.That(card.Difficulty, Is.EqualTo(expected.GetProperty("difficulty").GetDouble()).Within(Tolerance), where);
            }

            if (expected.TryGetProperty("interval_seconds", out var seconds))
            {
                AssertInterval(card, seconds.GetDouble(), settings, where);
            }
        }
    }

    /// <summary>
    /// py-fsrs fuzzes by default, so its recorded review intervals may sit anywhere in the fuzz
    /// range of the unfuzzed interval; everything else must match exactly.
    /// </summary>
    private static void AssertInterval(MemoryState unfuzzedCard, double expectedSeconds, SchedulerSettings settings, string where)
    {
        var actualSeconds = (unfuzzedCard.Due!.Value - unfuzzedCard.LastReview!.Value).TotalSeconds;
        var days = (int)Math.Round(unfuzzedCard.IntervalDays);
        if (!settings.EnableFuzz || unfuzzedCard.State != CardState.Review || days < 3)
        {
            Assert.That(actualSeconds, Is.EqualTo(expectedSeconds).Within(1e-3), where);
            return;
        }

        var (minimum, maximum) = IntervalFuzz.Range(days, settings.MaximumIntervalDays);
        // py-fsrs rounds its uniform draw, so it can land one day past the range's end.
        Assert.That(expectedSeconds / 86400, Is.InRange(minimum, maximum + 1), where);
    }

    private static void AssertStabilityNeverFallsBelow(double minimum)
    {
        var scheduler = new FsrsScheduler(SchedulerSettings.Default with { EnableFuzz = false });
        var card = MemoryState.New;
        var at = new DateTimeOffset(2022, 11, 30, 12, 30, 0, TimeSpan.Zero);
        var lowest = double.MaxValue;
        for (var i = 0; i < 1000; i++)
        {
            card = scheduler.Review(card, Rating.Again, at, LearnerCalendar.Utc);
            lowest = Math.Min(lowest, card.Stability!.Value);
            at = card.Due!.Value.AddDays(1);
        }

        Assert.That(lowest, Is.EqualTo(minimum).Within(1e-12));
    }

    private static void AssertFuzzedIntervalsStayInRange(PyFsrsVector vector)
    {
        var settings = SchedulerSettings.Default;
        var start = new DateTimeOffset(2024, 1, 1, 9, 0, 0, TimeSpan.Zero);
        var unfuzzedDays = (int)Math.Round(ReplayAtDue(new FsrsScheduler(settings with { EnableFuzz = false }), vector, start, new Random(0)).IntervalDays);
        var (minimum, maximum) = IntervalFuzz.Range(unfuzzedDays, settings.MaximumIntervalDays);

        Assert.That(vector.Expected.GetProperty("seed_42_interval_days").GetInt32(), Is.InRange(minimum, maximum));
        Assert.That(vector.Expected.GetProperty("seed_12345_interval_days").GetInt32(), Is.InRange(minimum, maximum));
        var seen = new HashSet<int>();
        for (var seed = 0; seed < 200; seed++)
        {
            var fuzzed = (int)Math.Round(ReplayAtDue(new FsrsScheduler(settings), vector, start, new Random(seed)).IntervalDays);
            Assert.That(fuzzed, Is.InRange(minimum, maximum));
            seen.Add(fuzzed);
        }

        Assert.That(seen, Has.Count.EqualTo(maximum - minimum + 1), "every day of the range is reachable");
    }

    private static MemoryState ReplayAtDue(FsrsScheduler scheduler, PyFsrsVector vector, DateTimeOffset start, Random random)
    {
        var card = MemoryState.New;
        var at = start;
        foreach (var (rating, _) in vector.Reviews)
        {
            card = scheduler.Review(card, rating, at, LearnerCalendar.Utc, random);
            at = card.Due!.Value;
        }

        return card;
    }

    private static void AssertParameterValidation(JsonElement invalidOverrides, JsonElement invalidLengths)
    {
        var defaults = FsrsParameters.Default.Values.ToArray();
        Assert.That(() => new FsrsParameters(defaults), Throws.Nothing);
        foreach (var overrides in invalidOverrides.EnumerateArray())
        {
            var values = defaults.ToArray();
            foreach (var entry in overrides.EnumerateObject())
            {
                values[int.Parse(entry.Name, System.Globalization.CultureInfo.InvariantCulture)] = entry.Value.GetDouble();
            }

            Assert.That(() => new FsrsParameters(values), Throws.ArgumentException, overrides.ToString());
        }

        foreach (var length in invalidLengths.EnumerateArray())
        {
            Assert.That(() => new FsrsParameters(Enumerable.Repeat(1.0, length.GetInt32())), Throws.ArgumentException, $"length {length}");
        }
    }

    private static SchedulerSettings SettingsFor(PyFsrsVector vector)
    {
        var settings = SchedulerSettings.Default;
        if (vector.TryParameter("enable_fuzzing", out var fuzz))
        {
            settings = settings with { EnableFuzz = fuzz.GetBoolean() };
        }

        if (vector.TryParameter("learning_steps_seconds", out var learning))
        {
            settings = settings with { LearningSteps = Seconds(learning) };
        }

        if (vector.TryParameter("relearning_steps_seconds", out var relearning))
        {
            settings = settings with { RelearningSteps = Seconds(relearning) };
        }

        if (vector.TryParameter("maximum_interval", out var maximum))
        {
            settings = settings with { MaximumIntervalDays = maximum.GetInt32() };
        }

        return settings;
    }

    private static TimeSpan[] Seconds(JsonElement array) =>
        array.EnumerateArray().Select(seconds => TimeSpan.FromSeconds(seconds.GetDouble())).ToArray();
}
