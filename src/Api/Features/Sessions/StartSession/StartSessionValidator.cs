using AdaptiveLearning.Domain.Content;
using AdaptiveLearning.Domain.Learning;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Sessions.StartSession;

internal sealed class StartSessionValidator : Validator<StartSessionRequest>
{
    public StartSessionValidator()
    {
        RuleFor(r => r.Mode).IsInEnum();
        RuleFor(r => r.Scope).NotNull().Must(s => s.Count <= 50).WithMessage("Give at most 50 paths.");
        RuleForEach(r => r.Scope).Must(p => HierarchyPath.TryParse(p, out _)).WithMessage("'{PropertyValue}' is not a hierarchy path.");
        RuleFor(r => r.Limits!.QuestionCount).InclusiveBetween(1, SessionLimits.MaxQuestionCount).When(r => r.Limits is not null);
        RuleFor(r => r.Limits!.NewCards).InclusiveBetween(0, 9999).When(r => r.Limits is not null);
    }
}
