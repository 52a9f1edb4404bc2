using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Questions.GetQuestionVersionDiff;

internal sealed class GetQuestionVersionDiffValidator : Validator<GetQuestionVersionDiffRequest>
{
    public GetQuestionVersionDiffValidator() => RuleFor(r => r.Against).GreaterThanOrEqualTo(1);
}
