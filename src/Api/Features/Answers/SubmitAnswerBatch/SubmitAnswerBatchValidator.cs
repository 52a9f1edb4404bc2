using AdaptiveLearning.Application.Answers.SubmitAnswerBatch;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Answers.SubmitAnswerBatch;

internal sealed class SubmitAnswerBatchValidator : Validator<SubmitAnswerBatchRequest>
{
    public SubmitAnswerBatchValidator()
    {
        RuleFor(r => r.Answers).NotNull().Must(a => a.Count is > 0 and <= SubmitAnswerBatchCommand.MaxAnswers)
            .WithMessage($"Send 1-{SubmitAnswerBatchCommand.MaxAnswers} answers.");
        RuleForEach(r => r.Answers).NotNull().SetValidator(new BatchAnswerValidator());
    }

    private sealed class BatchAnswerValidator : AbstractValidator<BatchAnswer>
    {
        public BatchAnswerValidator() =>
            AnswerFieldRules.Apply(this, a => a.ClientAttemptId, a => a.QuestionId, a => a.Selected, a => a.Text, a => a.TimeSpentMs, a => a.Rating);
    }
}
