using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions.ListQuestionVersions;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Questions.ListQuestionVersions;

internal sealed class ListQuestionVersionsValidator : Validator<ListQuestionVersionsRequest>
{
    public ListQuestionVersionsValidator()
    {
        RuleFor(r => r.Cursor).Must(c => KeysetCursor.TryDecode(c, out _)).WithMessage("Not a cursor from a previous page.");
        RuleFor(r => r.Limit).InclusiveBetween(1, ListQuestionVersionsQuery.MaxLimit);
    }
}
