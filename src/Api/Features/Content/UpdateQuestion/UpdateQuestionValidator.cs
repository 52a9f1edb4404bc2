using AdaptiveLearning.Api.Validation;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Content.UpdateQuestion;

internal sealed class UpdateQuestionValidator : Validator<UpdateQuestionRequest>
{
    public UpdateQuestionValidator()
    {
        RuleFor(r => r.Path).MaximumLength(300).NoControlCharacters();
        QuestionTextRules.Apply(this);
    }
}
