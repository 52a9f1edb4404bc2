using AdaptiveLearning.Api.Features.Admin;
using AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Application.Questions.BulkChangeQuestionStatus;
using AdaptiveLearning.Application.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Domain.Common;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Questions.BulkChangeQuestionStatus;

internal sealed class BulkChangeQuestionStatusValidator : Validator<BulkChangeQuestionStatusRequest>
{
    public BulkChangeQuestionStatusValidator()
    {
        RuleFor(r => r.Ids).NotEmpty()
            .Must(ids => ids.Count <= BulkChangeQuestionStatusCommand.MaxIds).WithMessage($"At most {BulkChangeQuestionStatusCommand.MaxIds} ids.")
            .Must(ids => ids.Distinct().Count() == ids.Count).WithMessage("Each id once.");
        RuleFor(r => r.Action).NotEmpty().Must(a => WireNames.TryParse(a, out QuestionAction _)).WithMessage(EnumRule.OneOf<QuestionAction>());
        RuleFor(r => r.Reason).NotEmpty().WithMessage("Say what the authors should change.")
            .When(r => r.Action == WireNames.Of(QuestionAction.Reject));
        RuleFor(r => r.Reason).ValidReason();
    }
}
