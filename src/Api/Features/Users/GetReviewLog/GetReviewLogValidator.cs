using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Users.GetReviewLog;

internal sealed class GetReviewLogValidator : Validator<GetReviewLogRequest>
{
    public GetReviewLogValidator() => RuleFor(r => r.Format).Must(f => f is "csv" or "json").WithMessage("Use 'csv' or 'json'.");
}
