<?php
/**
 * WordPress's own kses, standalone: reads HTML on stdin and prints what
 * WordPress keeps of it when an Author (a role without `unfiltered_html`)
 * saves a post: `wp_kses_post($html)` — what `wp_filter_post_kses`, WordPress's
 * `content_save_pre` filter for such users, does to the (unslashed) content.
 *
 *   php scripts/testing/kses.php <wp-includes folder> < in.html > out.html
 *   php scripts/testing/kses.php <wp-includes folder> --version   (prints the WordPress version)
 *
 * The folder holds these files of a WordPress release, unchanged (Debian's
 * `wordpress` package; scripts/testing/kses.mjs --install fetches them):
 *   kses.php                         the filter itself ($allowedposttags, wp_kses, wp_kses_post, …)
 *   plugin.php, class-wp-hook.php    the hooks API: apply_filters, did_action, current_filter
 *   formatting.php                   esc_attr, _wp_specialchars, wp_check_invalid_utf8, … (kses escapes
 *                                    every attribute value with esc_attr)
 *   functions.php                    only wp_allowed_protocols() is taken from it (see below)
 *   http.php                         wp_parse_url (for kses's PDF <object> rule)
 *   version.php                      $wp_version, for --version
 *
 * Stubs — the only code here that is not WordPress's, and why none of it
 * changes what kses keeps for post content:
 *   get_option($name)  WordPress reads its options from the database. kses's path
 *                      asks only for `blog_charset` (esc_attr, _wp_specialchars,
 *                      wp_check_invalid_utf8): 'UTF-8', every new site's value since
 *                      WordPress 3.5. Any other option: the caller's default, as for
 *                      an option never saved.
 *   wp_upload_dir()    Only `_wp_kses_allow_pdf_objects` calls it, to allow <object
 *                      data="….pdf"> from the site's own uploads: a made-up uploads
 *                      address; <object> is no part of a Factbox placeholder.
 *   functions.php is not loaded whole: it requires option.php (the options API, which
 *   needs a database) and defines hundreds of unrelated functions. Its
 *   wp_allowed_protocols() — the list of URL schemes kses lets through (no
 *   `javascript:`) — is read out of the file and defined as it is written there.
 *   No filter is added: with the hooks API loaded and empty, every apply_filters()
 *   returns WordPress's defaults, as on a site without plugins.
 */

error_reporting( E_ALL );
ini_set( 'display_errors', 'stderr' );

$dir = $argv[1] ?? '';
if ( '' === $dir || ! is_file( "$dir/kses.php" ) ) {
	fwrite( STDERR, "usage: php kses.php <folder with WordPress's wp-includes/kses.php> [--version] < in.html\n" );
	exit( 2 );
}
$dir = rtrim( $dir, '/' );

if ( in_array( '--version', $argv, true ) ) {
	require "$dir/version.php";
	echo $wp_version, "\n";
	exit( 0 );
}

define( 'ABSPATH', dirname( $dir ) . '/' );
define( 'WPINC', basename( $dir ) );

/** Stub: the options WordPress would read from its database (see above). */
function get_option( $option, $default = false ) {
	return 'blog_charset' === $option ? 'UTF-8' : $default;
}

/** Stub: a site's uploads folder, only for kses's PDF <object> rule (see above). */
function wp_upload_dir( $time = null, $create_dir = true, $refresh_cache = false ) {
	return array(
		'path'    => '/var/www/wp-content/uploads',
		'url'     => 'https://example.org/wp-content/uploads',
		'subdir'  => '',
		'basedir' => '/var/www/wp-content/uploads',
		'baseurl' => 'https://example.org/wp-content/uploads',
		'error'   => false,
	);
}

/** The source of one top-level function of a WordPress file, exactly as written there. */
function factbox_function_source( $file, $name ) {
	$tokens = token_get_all( file_get_contents( $file ) );
	$count  = count( $tokens );
	for ( $i = 0; $i < $count; $i++ ) {
		if ( ! is_array( $tokens[ $i ] ) || T_FUNCTION !== $tokens[ $i ][0] ) {
			continue;
		}
		$j = $i + 1;
		while ( is_array( $tokens[ $j ] ) && T_WHITESPACE === $tokens[ $j ][0] ) {
			$j++;
		}
		if ( ! is_array( $tokens[ $j ] ) || T_STRING !== $tokens[ $j ][0] || $name !== $tokens[ $j ][1] ) {
			continue;
		}
		$source = '';
		$depth  = 0;
		for ( $k = $i; $k < $count; $k++ ) {
			$text    = is_array( $tokens[ $k ] ) ? $tokens[ $k ][1] : $tokens[ $k ];
			$source .= $text;
			if ( '{' === $text || ( is_array( $tokens[ $k ] ) && in_array( $tokens[ $k ][0], array( T_CURLY_OPEN, T_DOLLAR_OPEN_CURLY_BRACES ), true ) ) ) {
				$depth++;
			} elseif ( '}' === $text && 0 === --$depth ) {
				return $source;
			}
		}
	}
	fwrite( STDERR, "kses.php: no function $name in $file\n" );
	exit( 2 );
}

require "$dir/plugin.php";
require "$dir/formatting.php";
require "$dir/http.php";
eval( factbox_function_source( "$dir/functions.php", 'wp_allowed_protocols' ) . ';' );
require "$dir/kses.php";

echo wp_kses_post( stream_get_contents( STDIN ) );
