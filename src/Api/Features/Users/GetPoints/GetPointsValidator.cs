using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Users.GetPoints;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Users.GetPoints;

internal sealed class GetPointsValidator : Validator<GetPointsRequest>
{
    public GetPointsValidator()
    {
        RuleFor(r => r.Cursor).Must(c => KeysetCursor.TryDecode(c, out _)).WithMessage("Not a cursor from a previous page.");
        RuleFor(r => r.Limit).InclusiveBetween(1, GetPointsQuery.MaxLimit);
    }
}
