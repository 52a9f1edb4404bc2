using AdaptiveLearning.Application.Audit;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Admin;

/// <summary>
/// The checks of <see cref="IAuditFilter"/>, added to both audit validators as rules of their own properties (an
/// included validator would hide them from the OpenAPI constraints reader).
/// </summary>
internal static class AuditFilterRules
{
    public static void AddTo<T>(AbstractValidator<T> validator) where T : IAuditFilter
    {
        validator.RuleFor(r => r.Kind).Must(EnumRule.IsNullOrName<AuditKind>).WithMessage(EnumRule.OneOf<AuditKind>());
        validator.RuleFor(r => r.To).Must((r, to) => r.From is null || to is null || r.From < to).WithMessage("'to' must come after 'from'.");
    }

    public static AuditKind? Kind(IAuditFilter filter) => EnumRule.ParseOrNull<AuditKind>(filter.Kind);
}
