using AdaptiveLearning.Application.Answers.SubmitAnswerBatch;

namespace AdaptiveLearning.Api.Features.Answers.SubmitAnswerBatch;

// The batch result on the wire (schema AnswerBatchResult): each failed answer carries the HTTP status
// the single-answer route would give, from the Api's one status table.
public sealed record AnswerBatchResultDto(int Recorded, int Duplicates, int Failed, IReadOnlyList<AnswerOutcomeDto> Items)
{
    public static AnswerBatchResultDto From(AnswerBatchResult result) =>
        new(result.Recorded, result.Duplicates, result.Failed, result.Items.Select(AnswerOutcomeDto.From).ToList());
}
