using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Application.Questions;

namespace AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;

internal sealed class ArchiveQuestionEndpoint(IHandler<ChangeQuestionStatusCommand, QuestionDto> handler)
    : ChangeQuestionStatusEndpoint(handler, QuestionAction.Archive)
{
    public const string Route = "/questions/{id}/archive";

    public override void Configure() => ConfigureAction(Route, "Archive a question: learners stop seeing it, history is kept (admins)");
}
