using System.Text.Json;
using AdaptiveLearning.Application.Questions;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace AdaptiveLearning.Api.Http;

/// <summary>Hashes a question exactly as GET renders it for staff, so If-Match compares with the ETag clients were given.</summary>
internal sealed class QuestionETags(IOptions<JsonOptions> json) : IQuestionETags
{
    private readonly JsonSerializerOptions _json = json.Value.SerializerOptions;

    public string Of(QuestionDto question) => RenderedResponse.Of(JsonSerializer.SerializeToUtf8Bytes(question, _json)).ETag;
}
