using AdaptiveLearning.Domain.Content;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Content.CreateQuestion;

internal sealed class CreateQuestionValidator : Validator<CreateQuestionRequest>
{
    public CreateQuestionValidator()
    {
        RuleFor(r => r.Path).NotEmpty().MaximumLength(300);
        RuleFor(r => r.ExternalId).MaximumLength(ContentRules.MaxExternalIdLength).Matches("^[A-Za-z0-9._:-]+$")
            .When(r => r.ExternalId is not null);
        RuleFor(r => r.Type).NotNull();
        RuleFor(r => r.Text).NotEmpty();
    }
}
