using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;

internal sealed class RejectQuestionValidator : Validator<RejectQuestionRequest>
{
    public RejectQuestionValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().WithMessage("Say what the author should change.");
        RuleFor(r => r.Reason).ValidReason();
    }
}
