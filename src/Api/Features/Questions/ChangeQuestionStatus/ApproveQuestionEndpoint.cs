using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Application.Questions;

namespace AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;

internal sealed class ApproveQuestionEndpoint(IHandler<ChangeQuestionStatusCommand, QuestionDto> handler)
    : ChangeQuestionStatusEndpoint(handler, QuestionAction.Approve)
{
    public const string Route = "/questions/{id}/approve";

    public override void Configure() => ConfigureAction(Route,
        "Approve a question in review: it is published (reviewers and admins; the last editor gets 422 self_approval)");
}
