using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions;

namespace AdaptiveLearning.Application.Questions.ChangeQuestionStatus;

internal sealed class ChangeQuestionStatusHandler(QuestionStatusChanger changer, IQuestionQueries queries)
    : IHandler<ChangeQuestionStatusCommand, QuestionDto>
{
    public async Task<QuestionDto> HandleAsync(ChangeQuestionStatusCommand request, CancellationToken ct)
    {
        var question = await changer.ChangeAsync(request, ct);
        return (await queries.GetAsync(question.Id, ContentViewer.Staff, ct))!;
    }
}
