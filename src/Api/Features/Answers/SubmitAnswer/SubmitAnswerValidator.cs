using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Answers.SubmitAnswer;

internal sealed class SubmitAnswerValidator : Validator<SubmitAnswerRequest>
{
    public SubmitAnswerValidator() =>
        AnswerFieldRules.Apply(this, r => r.ClientAttemptId, r => r.QuestionId, r => r.Selected, r => r.Text, r => r.TimeSpentMs, r => r.Rating);
}
