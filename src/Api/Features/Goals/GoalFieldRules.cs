using AdaptiveLearning.Api.Validation;
using AdaptiveLearning.Application.Scheduler.SimulateWorkload;
using AdaptiveLearning.Domain.Content;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Goals;

/// <summary>The wire limits of a goal's fields, shared by create (all required) and update (each optional).</summary>
internal static class GoalFieldRules
{
    public const int MaxScopePaths = 50;

    public static void Name<T>(IRuleBuilder<T, string?> rule) => rule.NotEmpty().MaximumLength(100).NoControlCharacters();

    public static void Scope<T>(IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.Must(s => s is null || s.Count <= MaxScopePaths).WithMessage($"Give at most {MaxScopePaths} paths.")
            .Must(s => s is null || s.All(p => HierarchyPath.TryParse(p, out _))).WithMessage("Every scope entry must be a hierarchy path.");

    public static void DesiredRetention<T>(IRuleBuilder<T, double?> rule) =>
        rule.InclusiveBetween(SimulateWorkloadCommand.MinRetention, 0.97);

    public static void StudyDays<T>(IRuleBuilder<T, IReadOnlyList<DayOfWeek>?> rule) =>
        rule.Must(d => d is null || d.Count > 0).WithMessage("Give at least one study day.")
            .Must(d => d is null || d.All(Enum.IsDefined)).WithMessage("Study days are sunday … saturday.");

    public static void MinutesPerDay<T>(IRuleBuilder<T, int?> rule) => rule.InclusiveBetween(1, 600);
}
