namespace AdaptiveLearning.Client.Errors;

/// <summary>Turns failures without a usable response into <see cref="AdaptiveLearningApiException"/>; the caller's own cancellation stays an <see cref="OperationCanceledException"/>.</summary>
internal static class TransportExceptionFactory
{
    public static Exception Create(HttpRequestMessage request, Exception exception, CancellationToken callerToken) => exception switch
    {
        OperationCanceledException when callerToken.IsCancellationRequested => exception,
        AdaptiveLearningApiException or InvalidOperationException or ArgumentException => exception,
        OperationCanceledException => AdaptiveLearningApiException.ClientSide(ErrorCodes.Timeout, "The API did not answer in time.",
            $"{request.Method} {request.RequestUri?.AbsolutePath} got no response within the network timeout.", exception),
        _ => AdaptiveLearningApiException.ClientSide(ErrorCodes.TransportError, "The API could not be reached.",
            $"{request.Method} {request.RequestUri?.AbsolutePath}: {exception.Message}", exception),
    };

    public static ValueTask<Exception?> Deserialization(HttpResponseMessage response, Exception exception) =>
        ValueTask.FromResult<Exception?>(AdaptiveLearningApiException.ClientSide(ErrorCodes.InvalidResponse, "The response could not be read.",
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}: {exception.Message}", exception, response.StatusCode));
}
