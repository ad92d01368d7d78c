<?php
// Installs the throwaway WordPress of scripts/test-wordpress and writes its
// posts: as an Author (the usual newsroom role: no unfiltered_html, so no
// <iframe> or <script> of a reporter's own survives), each post a pasted
// link on a line of its own, in the embed block the editor makes of it.
// Prints the posts as JSON: [{name, link, url}].
// Usage: HTTP_HOST=localhost:PORT php install.php <theme> <site URL>
$_SERVER['HTTP_HOST'] = getenv('HTTP_HOST');
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$_SERVER['REQUEST_METHOD'] = 'GET';
define('WP_INSTALLING', true);
[$minning_theme, $minning_site] = [$argv[1], $argv[2]];

require ABSPATH . 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

ob_start();
wp_install('A newsroom', 'editor', 'editor@example.org', true, '', wp_generate_password(20));
ob_end_clean();
switch_theme($minning_theme);
update_option('permalink_structure', '');

$author = wp_insert_user([
    'user_login' => 'reporter',
    'user_pass' => wp_generate_password(20),
    'user_email' => 'reporter@example.org',
    'role' => 'author',
]);
if (is_wp_error($author)) {
    fwrite(STDERR, $author->get_error_message() . "\n");
    exit(1);
}
wp_set_current_user($author);
kses_init();
if (current_user_can('unfiltered_html')) {
    fwrite(STDERR, "an Author should not have unfiltered_html\n");
    exit(1);
}

$links = [
    'chart widget' => 'w/funding.html',
    'keyword widget' => 'w/keyword-3.html',
    'English widget' => 'w/employment.en.html',
    "keyword step's page" => 'step-4.en.html',
];
$posts = [];
foreach ($links as $name => $rel) {
    $link = $minning_site . $rel;
    $content = "<!-- wp:paragraph -->\n<p>A reporter's post: the link below was pasted on a line of its own.</p>\n<!-- /wp:paragraph -->\n\n"
        . "<!-- wp:embed {\"url\":\"$link\"} -->\n<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">\n$link\n</div></figure>\n<!-- /wp:embed -->\n\n"
        . "<!-- wp:paragraph -->\n<p>The post goes on after the embed.</p>\n<!-- /wp:paragraph -->";
    $id = wp_insert_post([
        'post_title' => "Pasted: $name",
        'post_content' => $content,
        'post_status' => 'publish',
        'post_author' => $author,
    ], true);
    if (is_wp_error($id)) {
        fwrite(STDERR, $id->get_error_message() . "\n");
        exit(1);
    }
    $posts[] = ['name' => $name, 'link' => $link, 'url' => get_permalink($id)];
}
echo json_encode($posts, JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT), "\n";
