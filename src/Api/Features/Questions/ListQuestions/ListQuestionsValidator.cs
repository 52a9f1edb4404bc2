using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Questions.ListQuestions;

internal sealed class ListQuestionsValidator : Validator<ListQuestionsRequest>
{
    public ListQuestionsValidator()
    {
        RuleFor(r => r.Node).Must(p => p is null || HierarchyPath.TryParse(p, out _)).WithMessage("Not a hierarchy path.");
        RuleFor(r => r.Type).Must(t => t is null || WireNames.TryParse(t, out QuestionType _)).WithMessage(OneOf<QuestionType>());
        RuleFor(r => r.Status).Must(s => s is null || WireNames.TryParse(s, out QuestionStatus _)).WithMessage(OneOf<QuestionStatus>());
        RuleFor(r => r.DifficultyMin).InclusiveBetween(1, 5);
        RuleFor(r => r.DifficultyMax).InclusiveBetween(1, 5);
        RuleFor(r => r.Limit).InclusiveBetween(1, 100);
        RuleFor(r => r.Q).MaximumLength(200);
        RuleFor(r => r.TagsAny).MaximumLength(1000);
        RuleFor(r => r.TagsAll).MaximumLength(1000);
    }

    private static string OneOf<TEnum>() where TEnum : struct, Enum =>
        $"Use {string.Join(", ", WireNames.All<TEnum>().SkipLast(1))} or {WireNames.All<TEnum>()[^1]}.";
}
