using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Application.Questions;

namespace AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;

internal sealed class PublishQuestionEndpoint(IHandler<ChangeQuestionStatusCommand, QuestionDto> handler)
    : ChangeQuestionStatusEndpoint(handler, QuestionAction.Publish)
{
    public const string Route = "/questions/{id}/publish";

    public override void Configure() => ConfigureAction(Route, "Publish a draft, reviewed or archived question (admins)", Security.Roles.Admin);
}
