# syntax=docker/dockerfile:1
# WithdrawalBot as one container.
#   docker build -t withdrawalbot .
#   docker run -d --name withdrawalbot --restart unless-stopped -e Telegram__BotToken=… -v botdata:/data withdrawalbot
# Tokens come from the environment at run time; none is baked into the image.

# ---- build: the SDK restores (cached layer), then publishes framework-dependent output ----
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore depends only on these files, so this layer is reused until a project or package version changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig WithdrawalBot.sln ./
COPY src/WithdrawalBot/WithdrawalBot.csproj src/WithdrawalBot/
COPY src/WithdrawalBot.Core/WithdrawalBot.Core.csproj src/WithdrawalBot.Core/
COPY src/WithdrawalBot.Storage/WithdrawalBot.Storage.csproj src/WithdrawalBot.Storage/
COPY src/WithdrawalBot.Telegram/WithdrawalBot.Telegram.csproj src/WithdrawalBot.Telegram/
COPY src/WithdrawalBot.Discord/WithdrawalBot.Discord.csproj src/WithdrawalBot.Discord/
RUN dotnet restore src/WithdrawalBot/WithdrawalBot.csproj
COPY appsettings.json ./
COPY knowledge/ knowledge/
COPY src/ src/
RUN dotnet publish src/WithdrawalBot/WithdrawalBot.csproj --configuration Release --no-restore --output /app/publish -p:UseAppHost=false

# ---- runtime: ASP.NET Core runtime only, non-root, data on a volume ----
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/publish ./
# A named volume mounted here starts as a copy of this folder, owned by the app user (uid 1654).
RUN mkdir -p /data && chown "$APP_UID:$APP_UID" /data
ENV Storage__DataDirectory=/data \
    Health__Address=0.0.0.0 \
    Health__Port=8080 \
    ASPNETCORE_HTTP_PORTS= \
    DOTNET_NOLOGO=1
VOLUME /data
EXPOSE 8080
USER $APP_UID
STOPSIGNAL SIGTERM
# The image has no curl or wget: the bot's own binary GETs http://127.0.0.1:$Health__Port/healthz and exits 0 or 1.
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["dotnet", "/app/WithdrawalBot.dll", "--healthcheck"]
ENTRYPOINT ["dotnet", "/app/WithdrawalBot.dll"]
