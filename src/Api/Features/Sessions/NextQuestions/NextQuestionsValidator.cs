using AdaptiveLearning.Application.Sessions.NextQuestions;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Sessions.NextQuestions;

internal sealed class NextQuestionsValidator : Validator<NextQuestionsRequest>
{
    public NextQuestionsValidator() => RuleFor(r => r.Count).InclusiveBetween(1, NextQuestionsQuery.MaxCount);
}
