namespace AdaptiveLearning.Domain.Tracing;

/// <summary>
/// Fits PFA by Newton's method. A response's logit only involves its own skill's three parameters, so
/// each skill is a separate three-feature logistic regression, plus one pooled fit as the fallback.
/// </summary>
public sealed class PfaFitter(double l2Penalty = 0.01, int maximumIterations = 50)
{
    public PfaModel Fit(IEnumerable<AttemptRecord> attempts)
    {
        var rowsBySkill = new Dictionary<string, List<PfaRow>>(StringComparer.Ordinal);
        var pooled = new List<PfaRow>();
        var histories = new Dictionary<string, PracticeHistory>(StringComparer.Ordinal);
        foreach (var attempt in attempts)
        {
            if (!histories.TryGetValue(attempt.LearnerId, out var history))
            {
                history = new PracticeHistory();
                histories[attempt.LearnerId] = history;
            }

            var row = new PfaRow(history.ForSkill(attempt.SkillId), attempt.Correct);
            if (!rowsBySkill.TryGetValue(attempt.SkillId, out var rows))
            {
                rows = [];
                rowsBySkill[attempt.SkillId] = rows;
            }

            rows.Add(row);
            pooled.Add(row);
            history.Record(attempt);
        }

        var fallback = FitRows(pooled);
        var bySkill = rowsBySkill.ToDictionary(pair => pair.Key, pair => FitRows(pair.Value), StringComparer.Ordinal);
        return new PfaModel(bySkill, fallback);
    }

    private PfaParameters FitRows(IReadOnlyList<PfaRow> rows)
    {
        var w = new double[3];
        for (var iteration = 0; iteration < maximumIterations; iteration++)
        {
            var gradient = new double[3];
            var hessian = new double[3, 3];
            for (var k = 0; k < 3; k++)
            {
                gradient[k] = -l2Penalty * w[k];
                hessian[k, k] = l2Penalty;
            }

            foreach (var row in rows)
            {
                Span<double> x = [1, row.Earlier.Successes, row.Earlier.Failures];
                var p = Logistic.Sigmoid(w[0] + w[1] * x[1] + w[2] * x[2]);
                var residual = (row.Correct ? 1 : 0) - p;
                var curvature = p * (1 - p);
                for (var j = 0; j < 3; j++)
                {
                    gradient[j] += residual * x[j];
                    for (var k = 0; k < 3; k++)
                    {
                        hessian[j, k] += curvature * x[j] * x[k];
                    }
                }
            }

            var step = LinearSystem.Solve(hessian, gradient);
            for (var k = 0; k < 3; k++)
            {
                w[k] += step[k];
            }

            if (step.Max(Math.Abs) < 1e-6)
            {
                break;
            }
        }

        return new PfaParameters(w[0], w[1], w[2]);
    }

    private readonly record struct PfaRow(PracticeCount Earlier, bool Correct);
}
