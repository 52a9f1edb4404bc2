namespace AdaptiveLearning.Domain.Tracing;

/// <summary>
/// Joint maximum a posteriori calibration: alternating Fisher-scoring steps on learner abilities and on
/// item parameters (log a, b), with normal priors on θ, b and log a. Simple, robust with sparse data,
/// and fast enough for a few hundred thousand responses.
/// </summary>
public sealed class IrtCalibrator(IrtCalibrationOptions options)
{
    private const double MaximumStep = 1;

    public IrtCalibrator() : this(new IrtCalibrationOptions())
    {
    }

    public IrtCalibration Calibrate(IReadOnlyCollection<AttemptRecord> attempts)
    {
        var data = IndexedResponses.From(attempts);
        var theta = new double[data.LearnerIds.Count];
        var logA = new double[data.ItemIds.Count];
        var b = InitialDifficulties(data);

        for (var iteration = 0; iteration < options.MaximumIterations; iteration++)
        {
            var abilityChange = StepAbilities(data, theta, logA, b);
            var itemChange = StepItems(data, theta, logA, b);
            if (Math.Max(abilityChange, itemChange) < options.Tolerance)
            {
                break;
            }
        }

        return Build(data, theta, logA, b);
    }

    private static double[] InitialDifficulties(IndexedResponses data)
    {
        var correct = new double[data.ItemIds.Count];
        var total = new double[data.ItemIds.Count];
        for (var r = 0; r < data.Count; r++)
        {
            total[data.Item[r]]++;
            correct[data.Item[r]] += data.Correct[r] ? 1 : 0;
        }

        // Smoothed proportion correct, turned into a logit: a sound start for Fisher scoring.
        return [.. correct.Select((c, i) => -Logistic.Logit((c + 0.5) / (total[i] + 1)))];
    }

    private double StepAbilities(IndexedResponses data, double[] theta, double[] logA, double[] b)
    {
        var precision = 1 / (options.AbilityPriorStandardDeviation * options.AbilityPriorStandardDeviation);
        var score = theta.Select(t => -t * precision).ToArray();
        var information = Enumerable.Repeat(precision, theta.Length).ToArray();
        for (var r = 0; r < data.Count; r++)
        {
            var (learner, item) = (data.Learner[r], data.Item[r]);
            var a = Math.Exp(logA[item]);
            var (weightedResidual, fisher) = Derivatives(a * (theta[learner] - b[item]), data.Correct[r]);
            score[learner] += weightedResidual * a;
            information[learner] += fisher * a * a;
        }

        var largest = 0.0;
        for (var l = 0; l < theta.Length; l++)
        {
            var step = Math.Clamp(score[l] / information[l], -MaximumStep, MaximumStep);
            theta[l] += step;
            largest = Math.Max(largest, Math.Abs(step));
        }

        return largest;
    }

    private double StepItems(IndexedResponses data, double[] theta, double[] logA, double[] b)
    {
        var items = b.Length;
        var bPrecision = 1 / (options.DifficultyPriorStandardDeviation * options.DifficultyPriorStandardDeviation);
        var aPrecision = 1 / (options.LogDiscriminationPriorStandardDeviation * options.LogDiscriminationPriorStandardDeviation);
        var scoreA = new double[items];
        var scoreB = new double[items];
        var infoAA = new double[items];
        var infoBB = new double[items];
        var infoAB = new double[items];
        for (var r = 0; r < data.Count; r++)
        {
            var (learner, item) = (data.Learner[r], data.Item[r]);
            var a = Math.Exp(logA[item]);
            var z = a * (theta[learner] - b[item]);
            var (weightedResidual, fisher) = Derivatives(z, data.Correct[r]);
            // dz/d(log a) = z, dz/db = -a
            scoreA[item] += weightedResidual * z;
            scoreB[item] -= weightedResidual * a;
            infoAA[item] += fisher * z * z;
            infoBB[item] += fisher * a * a;
            infoAB[item] -= fisher * z * a;
        }

        var largest = 0.0;
        var minLogA = Math.Log(options.MinimumDiscrimination);
        var maxLogA = Math.Log(options.MaximumDiscrimination);
        for (var i = 0; i < items; i++)
        {
            var gB = scoreB[i] - b[i] * bPrecision;
            var hBB = infoBB[i] + bPrecision;
            double stepA = 0, stepB;
            if (options.EstimateDiscrimination)
            {
                var gA = scoreA[i] - logA[i] * aPrecision;
                var hAA = infoAA[i] + aPrecision;
                var determinant = hAA * hBB - infoAB[i] * infoAB[i];
                stepA = (hBB * gA - infoAB[i] * gB) / determinant;
                stepB = (hAA * gB - infoAB[i] * gA) / determinant;
                stepA = Math.Clamp(stepA, -MaximumStep, MaximumStep);
                logA[i] = Math.Clamp(logA[i] + stepA, minLogA, maxLogA);
            }
            else
            {
                stepB = gB / hBB;
            }

            stepB = Math.Clamp(stepB, -MaximumStep, MaximumStep);
            b[i] += stepB;
            largest = Math.Max(largest, Math.Max(Math.Abs(stepA), Math.Abs(stepB)));
        }

        return largest;
    }

    /// <summary>
    /// d log L / dz and the Fisher information about z for one response, where P = c + (1 − c)σ(z).
    /// With c = 0 they reduce to (y − P) and P(1 − P).
    /// </summary>
    private (double WeightedResidual, double Fisher) Derivatives(double z, bool correct)
    {
        var c = options.Guessing;
        var sigma = Logistic.Sigmoid(z);
        var p = Math.Clamp(c + (1 - c) * sigma, 1e-9, 1 - 1e-9);
        var slope = (1 - c) * sigma * (1 - sigma);
        var pq = p * (1 - p);
        return (slope / pq * ((correct ? 1 : 0) - p), slope * slope / pq);
    }

    private IrtCalibration Build(IndexedResponses data, double[] theta, double[] logA, double[] b)
    {
        var items = new Dictionary<string, IrtItem>(StringComparer.Ordinal);
        for (var i = 0; i < b.Length; i++)
        {
            items[data.ItemIds[i]] = new IrtItem(Math.Exp(logA[i]), b[i], options.Guessing);
        }

        var bySkill = data.SkillOfItem
            .GroupBy(pair => pair.Value, pair => items[pair.Key], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, Average, StringComparer.Ordinal);
        var abilities = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var l = 0; l < theta.Length; l++)
        {
            abilities[data.LearnerIds[l]] = theta[l];
        }

        return new IrtCalibration(items, bySkill, Average(items.Values), abilities);
    }

    private IrtItem Average(IEnumerable<IrtItem> items)
    {
        var list = items.ToList();
        return list.Count == 0
            ? IrtItem.Neutral with { C = options.Guessing }
            : new IrtItem(Math.Exp(list.Average(i => Math.Log(i.A))), list.Average(i => i.B), options.Guessing);
    }
}
