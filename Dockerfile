# SocialWatch: build with the SDK, run on the ASP.NET runtime as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/SocialWatch.Worker/SocialWatch.Worker.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
COPY config/ ./config/
COPY models/socialwatch-nl.zip models/socialwatch-nl.json ./models/
RUN mkdir -p /app/data /app/inbox && chown -R $APP_UID /app/data /app/inbox
ENV SOCIALWATCH_HOME=/app \
    SOCIALWATCH__Server__Urls=http://0.0.0.0:8080
VOLUME ["/app/data", "/app/config", "/app/inbox"]
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "SocialWatch.Worker.dll"]
CMD ["run"]
