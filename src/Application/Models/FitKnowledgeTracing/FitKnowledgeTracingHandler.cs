using System.Diagnostics;
using AdaptiveLearning.Application.Adaptive;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Application.Models.FitKnowledgeTracing;

/// <summary>
/// Fits BKT per facet (EM, guess and slip capped at 0.3) and calibrates 2PL IRT items from the whole attempt
/// log. Items keep their authored parameters until they have enough answers: a 2PL fit on a handful of
/// responses is mostly the prior.
/// </summary>
internal sealed class FitKnowledgeTracingHandler(IAttemptLog log, IAdaptiveStore store,
    AdaptiveOptions options, IClock clock) : IHandler<FitKnowledgeTracingCommand, KnowledgeTracingFit>
{
    public async Task<KnowledgeTracingFit> HandleAsync(FitKnowledgeTracingCommand request, CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        var attempts = await log.LoadAsync(ct);
        var responsesBySkill = attempts.GroupBy(a => a.SkillId).ToDictionary(g => g.Key, g => g.Count());
        var fitter = new BktFitter(new BktFitOptions { MinimumResponses = options.MinimumSkillResponses });
        var bkt = fitter.Fit(attempts);
        var fitted = bkt.BySkill
            .Where(s => responsesBySkill[s.Key] >= options.MinimumSkillResponses)
            .ToDictionary(s => long.Parse(s.Key), s => (s.Value, responsesBySkill[s.Key]));
        await store.SaveBktAsync(fitted, clock.UtcNow, ct);

        var calibrated = new Dictionary<long, IrtItem>();
        if (attempts.Count > 0)
        {
            var responsesByItem = attempts.GroupBy(a => a.ItemId).ToDictionary(g => g.Key, g => g.Count());
            var calibration = new IrtCalibrator().Calibrate(attempts);
            foreach (var (itemId, item) in calibration.Items)
                if (responsesByItem[itemId] >= options.MinimumItemResponses)
                    calibrated[long.Parse(itemId)] = item;
            await store.SaveCalibrationAsync(calibrated, ct);
        }

        return new KnowledgeTracingFit(attempts.Count, attempts.Select(a => a.LearnerId).Distinct().Count(),
            fitted.Count, responsesBySkill.Count - fitted.Count, calibrated.Count, Math.Round(stopwatch.Elapsed.TotalSeconds, 3));
    }
}
