using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions.ChangeQuestionStatus;

namespace AdaptiveLearning.Application.Questions.BulkChangeQuestionStatus;

/// <summary>
/// Applies one action to each question in its own transaction (ADR 0016): a question that cannot change reports its
/// problem code and the others still change; no question is ever half-changed.
/// </summary>
internal sealed class BulkChangeQuestionStatusHandler(QuestionStatusChanger changer)
    : IHandler<BulkChangeQuestionStatusCommand, BulkStatusResponse>
{
    public async Task<BulkStatusResponse> HandleAsync(BulkChangeQuestionStatusCommand request, CancellationToken ct)
    {
        var results = new List<BulkStatusResult>(request.Ids.Count);
        foreach (var id in request.Ids)
        {
            try
            {
                var question = await changer.ChangeAsync(
                    new ChangeQuestionStatusCommand(request.UserId, id, request.Action, request.Reason), ct);
                results.Add(new BulkStatusResult(id, Ok: true, Status: question.Status));
            }
            catch (ProblemException e) when (e.Problem.Kind is not (ProblemKind.Unavailable or ProblemKind.Internal))
            {
                results.Add(new BulkStatusResult(id, Ok: false, Code: e.Problem.Code));
            }
        }
        var succeeded = results.Count(r => r.Ok);
        return new BulkStatusResponse(results, succeeded, results.Count - succeeded);
    }
}
