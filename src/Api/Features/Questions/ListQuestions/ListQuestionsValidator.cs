using AdaptiveLearning.Api.Features.Content;
using AdaptiveLearning.Domain.Content;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Questions.ListQuestions;

internal sealed class ListQuestionsValidator : Validator<ListQuestionsRequest>
{
    public ListQuestionsValidator()
    {
        RuleFor(r => r.Node).Must(p => p is null || HierarchyPath.TryParse(p, out _)).WithMessage("Not a hierarchy path.");
        RuleFor(r => r.Type).Must(t => t is null || ContentNames.TryParseType(t, out _)).WithMessage("Use mcq, theory or scenario.");
        RuleFor(r => r.Status).Must(s => s is null || ContentNames.TryParseStatus(s, out _))
            .WithMessage("Use draft, in_review, published or archived.");
        RuleFor(r => r.DifficultyMin).InclusiveBetween(1, 5);
        RuleFor(r => r.DifficultyMax).InclusiveBetween(1, 5);
        RuleFor(r => r.Limit).InclusiveBetween(1, 100);
        RuleFor(r => r.Q).MaximumLength(200);
        RuleFor(r => r.TagsAny).MaximumLength(1000);
        RuleFor(r => r.TagsAll).MaximumLength(1000);
    }
}
