using AdaptiveLearning.Api.Validation;
using AdaptiveLearning.Application.Badges;
using AdaptiveLearning.Domain.Engagement;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Badges;

/// <summary>The wire limits of a badge's fields, shared by create (all required) and update (each optional).</summary>
internal static class BadgeFieldRules
{
    public const string KeyPattern = "^[a-z0-9][a-z0-9_-]{0,63}$";

    public static void Key<T>(IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().Matches(KeyPattern).WithMessage("A key is 1-64 lower-case letters, digits, '_' or '-'.");

    public static void Text<T>(IRuleBuilder<T, string?> rule, int max) => rule.Must(t => t is null || t.Trim().Length > 0)
        .WithMessage("Must not be blank.").MaximumLength(max).NoControlCharacters();

    public static void Rarity<T>(IRuleBuilder<T, string?> rule) =>
        rule.Must(Admin.EnumRule.IsNullOrName<BadgeRarity>).WithMessage(Admin.EnumRule.OneOf<BadgeRarity>());

    /// <summary>The metric's name is the use case's to judge, so an unknown one gets its own code (unknown_metric).</summary>
    public static void Criteria<T>(AbstractValidator<T> validator, Func<T, BadgeCriteriaRequest?> criteria)
    {
        validator.RuleFor(r => criteria(r)!.Threshold).InclusiveBetween(0.0001, 1_000_000_000).OverridePropertyName("criteria.threshold")
            .When(r => criteria(r) is not null);
        validator.RuleFor(r => criteria(r)!.MinAnswers).InclusiveBetween(1, 1_000_000).OverridePropertyName("criteria.minAnswers")
            .When(r => criteria(r) is not null);
    }

    public static BadgeFields Fields(string? name, string? description, string? icon, string? category, string? rarity, BadgeCriteriaRequest? criteria) =>
        new(name, description, icon, category, rarity, criteria?.Metric, criteria?.Threshold, criteria?.MinAnswers);
}
