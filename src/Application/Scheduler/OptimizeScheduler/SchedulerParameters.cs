using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Application.Scheduler.OptimizeScheduler;

/// <param name="Parameters">The 21 FSRS-6 weights now used for this learner.</param>
/// <param name="Scope">defaults_kept below the minimum number of reviews, initial_stabilities_only with few, else all_parameters.</param>
/// <param name="ScoredReviews">Reviews at least a day after the card's previous one: what the fit is scored on.</param>
/// <param name="LogLoss">Mean log loss of the chosen weights on those reviews (null without any).</param>
public sealed record SchedulerParameters(
    IReadOnlyList<double> Parameters,
    FsrsFitScope Scope,
    int ScoredReviews,
    double? LogLoss,
    double? DefaultLogLoss,
    bool Personalised);
