using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Application.Questions;

namespace AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;

internal sealed class SubmitQuestionEndpoint(IHandler<ChangeQuestionStatusCommand, QuestionDto> handler)
    : ChangeQuestionStatusEndpoint(handler, QuestionAction.Submit)
{
    public const string Route = "/questions/{id}/submit";

    public override void Configure() => ConfigureAction(Route, "Submit a draft for review (authors and admins)");
}
