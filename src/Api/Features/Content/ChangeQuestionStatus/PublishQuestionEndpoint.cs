using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Content.Questions;
using AdaptiveLearning.Application.Content.Questions.ChangeQuestionStatus;

namespace AdaptiveLearning.Api.Features.Content.ChangeQuestionStatus;

internal sealed class PublishQuestionEndpoint(IHandler<ChangeQuestionStatusCommand, QuestionDto> handler)
    : ChangeQuestionStatusEndpoint(handler, QuestionAction.Publish)
{
    public const string Route = "/questions/{id}/publish";

    public override void Configure() => ConfigureAction(Route, "Publish a draft, reviewed or archived question (admins)", Security.Roles.Admin);
}
