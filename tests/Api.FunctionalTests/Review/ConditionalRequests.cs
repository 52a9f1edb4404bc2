using AdaptiveLearning.Api.Features.Questions.GetQuestion;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Review;

/// <summary>Reads a question with its ETag and sends writes with If-Match, as a careful client does.</summary>
internal static class ConditionalRequests
{
    public static async Task<(Question Question, string ETag)> ReadAsync(HttpClient client, long id)
    {
        var response = await client.GetAsync(Api.Route(GetQuestionRequest.For(id)));
        var question = await response.ReadAsAsync<Question>();
        return (question, response.Headers.ETag!.ToString());
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string route, string etag, object? body = null)
    {
        using var request = new HttpRequestMessage(method, Api.Route(route));
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        return await client.SendAsync(request);
    }
}
