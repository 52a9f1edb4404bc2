using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Questions.ListReviewQueue;

internal sealed class ListReviewQueueValidator : Validator<ListReviewQueueRequest>
{
    public ListReviewQueueValidator()
    {
        RuleFor(r => r.Node).MaximumLength(300);
        RuleFor(r => r.Cursor).Must(c => KeysetCursor.TryDecode(c, out _)).WithMessage("Not a cursor from a previous page.");
        RuleFor(r => r.Limit).InclusiveBetween(1, ReviewQueueSpecification.MaxLimit);
    }
}
