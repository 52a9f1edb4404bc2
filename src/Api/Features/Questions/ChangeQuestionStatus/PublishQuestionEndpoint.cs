using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Application.Questions;

namespace AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;

internal sealed class PublishQuestionEndpoint(IHandler<ChangeQuestionStatusCommand, QuestionDto> handler)
    : ChangeQuestionStatusEndpoint(handler, QuestionAction.Publish)
{
    public const string Route = "/questions/{id}/publish";

    public override void Configure() => ConfigureAction(Route, "Publish a question without review (admins): from archived, and from draft or in review only when Content:RequireReview is off (422 review_required)");
}
