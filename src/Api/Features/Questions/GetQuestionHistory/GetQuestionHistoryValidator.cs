using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions.GetQuestionHistory;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Questions.GetQuestionHistory;

internal sealed class GetQuestionHistoryValidator : Validator<GetQuestionHistoryRequest>
{
    public GetQuestionHistoryValidator()
    {
        RuleFor(r => r.Cursor).Must(c => KeysetCursor.TryDecode(c, out _)).WithMessage("Not a cursor from a previous page.");
        RuleFor(r => r.Limit).InclusiveBetween(1, GetQuestionHistoryQuery.MaxLimit);
    }
}
